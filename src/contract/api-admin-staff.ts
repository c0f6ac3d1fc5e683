import { Ok } from './auth';
import {
  ChangePasswordRequest,
  ImportReport,
  ImportRequest,
  StaffAccount,
  StaffInput,
  StaffList,
  StaffListQuery,
  StaffParams,
  WithOneTimePassword,
} from './admin-staff';
import { endpoint } from './endpoint';

const managers = ['admin', 'supervisor'] as const;

/** Staff administration (#15) and the password change at first sign-in; imported by path by their screens. */
export const adminStaffEndpoints = {
  staffList: endpoint({
    method: 'get',
    path: '/api/admin/staff',
    summary: 'Staff accounts, filtered: admins every centre’s, supervisors their own centre’s',
    tag: 'admin-staff',
    access: managers,
    query: StaffListQuery,
    response: StaffList,
  }),
  createStaff: endpoint({
    method: 'post',
    path: '/api/admin/staff',
    summary: 'Create an account (audited): the extension is assigned, a one-time password answered once',
    tag: 'admin-staff',
    access: managers,
    body: StaffInput,
    response: WithOneTimePassword,
    successStatus: 201,
  }),
  updateStaff: endpoint({
    method: 'put',
    path: '/api/admin/staff/{id}',
    summary: 'Edit an account’s name, username, role, centre and trainee flag (audited)',
    tag: 'admin-staff',
    access: managers,
    params: StaffParams,
    body: StaffInput,
    response: StaffAccount,
  }),
  deactivateStaff: endpoint({
    method: 'post',
    path: '/api/admin/staff/{id}/deactivate',
    summary: 'Deactivate an account (audited): its sessions and SIP credentials end at once',
    tag: 'admin-staff',
    access: managers,
    params: StaffParams,
    response: StaffAccount,
  }),
  reactivateStaff: endpoint({
    method: 'post',
    path: '/api/admin/staff/{id}/reactivate',
    summary: 'Reactivate an account (audited) with a new one-time password, answered once',
    tag: 'admin-staff',
    access: managers,
    params: StaffParams,
    response: WithOneTimePassword,
  }),
  resetStaffPassword: endpoint({
    method: 'post',
    path: '/api/admin/staff/{id}/password',
    summary: 'Reset a password (audited): a new one-time password, answered once; the account’s sessions end',
    tag: 'admin-staff',
    access: managers,
    params: StaffParams,
    response: WithOneTimePassword,
  }),
  importStaff: endpoint({
    method: 'post',
    path: '/api/admin/staff/import',
    summary: 'Create accounts from a CSV file (audited): good rows in one go, refused rows reported with why',
    tag: 'admin-staff',
    access: managers,
    body: ImportRequest,
    response: ImportReport,
  }),
  changePassword: endpoint({
    method: 'post',
    path: '/api/session/password',
    summary: 'Change one’s own password, by the policy; the one way on after a one-time password',
    tag: 'session',
    access: 'signed-in',
    body: ChangePasswordRequest,
    response: Ok,
  }),
} as const;
