export { LoginPage } from './login-page.js';
export { PasswordPage } from './password-page.js';
export { RequireSession, loginPath } from './require-session.js';
export { UserMenu } from './user-menu.js';
export { UsersPage } from './users-page.js';
export { sessionKey, useCan, useSession } from './use-session.js';
