export { ApiError, callApi, type ApiErrorCode, type CallInput } from './client';
export { createQueryClient } from './query-client';
export { meQuery, useMe } from './me';
export { signIn, signInSchema, useSignIn } from './sign-in';
export { signOut, useSignOut } from './sign-out';
export { sipConfigQuery, useSipConfig } from './sip-config';
export { issueSipCredentials, sipCredentialsSchema } from './sip-credentials';
export { linesQuery, useLines } from './lines';
