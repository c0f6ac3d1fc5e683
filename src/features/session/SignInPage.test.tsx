import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n';
import { mockData } from '../../mocks';
import { renderWithApp } from '../../test/render';
import { SignInPage } from './SignInPage';

describe('SignInPage', () => {
  it('asks for both fields in Chinese before sending anything', async () => {
    const { user } = renderWithApp(<SignInPage />);
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findAllByText('此项必填')).toHaveLength(2);
    expect(screen.getByLabelText('用户名')).toHaveAttribute('aria-invalid', 'true');
    expect(mockData.signedIn).toBeNull();
  });

  it('says so plainly when the password is wrong, and keeps what was typed', async () => {
    const { user } = renderWithApp(<SignInPage />);
    await user.type(screen.getByLabelText('用户名'), 'counsellor1');
    await user.type(screen.getByLabelText('密码'), 'not-the-password');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码不正确');
    expect(screen.getByLabelText('用户名')).toHaveValue('counsellor1');
  });

  it('signs in with the right password and caches who is signed in', async () => {
    const { user, queryClient } = renderWithApp(<SignInPage />);
    await user.type(screen.getByLabelText('用户名'), 'counsellor1');
    await user.type(screen.getByLabelText('密码'), 'counsellor1-pass');
    await user.click(screen.getByRole('button', { name: '登录' }));
    await waitFor(() => expect(queryClient.getQueryData(['session', 'me'])).toMatchObject({ role: 'counsellor' }));
    expect(mockData.signedIn?.username).toBe('counsellor1');
  });

  it('tells a locked-out user how long to wait', async () => {
    mockData.failedSignIns = 5;
    const { user } = renderWithApp(<SignInPage />);
    await user.type(screen.getByLabelText('用户名'), 'counsellor1');
    await user.type(screen.getByLabelText('密码'), 'x');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/尝试次数过多/);
  });

  it('refuses an over-long username and control characters with translated messages', async () => {
    const { user } = renderWithApp(<SignInPage />);
    await user.type(screen.getByLabelText('用户名'), 'x'.repeat(65));
    await user.type(screen.getByLabelText('密码'), 'p');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('内容过长')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('用户名'));
    await user.type(screen.getByLabelText('用户名'), 'a\u0007b');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText(/控制字符/)).toBeInTheDocument();
  });

  it('speaks English when switched, messages included', async () => {
    await setLanguage('en');
    const { user } = renderWithApp(<SignInPage />);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findAllByText('Required')).toHaveLength(2);
    expect(screen.getByLabelText('Username')).toBeInTheDocument();
  });

  it('shows the server being unreachable as such', async () => {
    mockData.outage = true;
    const { user } = renderWithApp(<SignInPage />);
    await user.type(screen.getByLabelText('用户名'), 'counsellor1');
    await user.type(screen.getByLabelText('密码'), 'counsellor1-pass');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('无法连接服务器');
  });
});
