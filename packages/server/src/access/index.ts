export {
  CSRF_HEADER,
  SESSION_COOKIE,
  loginPolicy,
  SessionUserSchema,
  UserSchema,
  type IssuedUser,
  type NewUserInput,
  type SessionUser,
  type User,
} from './access.js';
export { type AccessOptions, type RouteAccess } from './access-hook.js';
export { registerAccess } from './access.http.js';
export { checkPasswordRules, generatePassword, passwordLength } from './password-rules.js';
export { hashPassword, verifyPassword } from './passwords.js';
export { authenticate, login, logout, logoutEverywhere, openSession } from './sessions.service.js';
export {
  actorOf,
  changeOwnPassword,
  commandLineActor,
  createUser,
  disableUser,
  enableUser,
  ensureFirstAdmin,
  findUserByUsername,
  listUsers,
  normaliseUsername,
  parseRole,
  resetPassword,
  type Actor,
} from './users.service.js';
export {
  assertRegionInScope,
  regionInScope,
  requestScope,
  scopedRead,
  scopedSearch,
  wholeInRequestScope,
} from './request-scope.js';
