import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';

describe('password hashing', () => {
  it('stores scrypt$N$r$p$salt$hash with a fresh salt each time', async () => {
    const a = await hashPassword('Demo-12356-c1');
    const b = await hashPassword('Demo-12356-c1');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });

  it('verifies the right password only', async () => {
    const stored = await hashPassword('密码-Demo');
    expect(await verifyPassword('密码-Demo', stored)).toBe(true);
    expect(await verifyPassword('密码-demo', stored)).toBe(false);
  });

  it('treats a damaged hash as a failed check', async () => {
    expect(await verifyPassword('x', 'plain')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$0$8$1$c2FsdA$aGFzaA')).toBe(false);
  });

  it('has a dummy check that always fails', async () => {
    expect(await verifyAgainstDummy('anything')).toBe(false);
  });
});
