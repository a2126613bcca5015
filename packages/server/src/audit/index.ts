export * from './audit.js';
export { verifyLinks, genesisHash, type BrokenLink } from './audit-chain.js';
export {
  recordAudit,
  verifyAuditChain,
  listAuditEvents,
  cliActor,
  type ChainCheck,
} from './audit.service.js';
export {
  installRequestAudit,
  requestActor,
  anonymousUsername,
  type AuditUser,
} from './audit-request.js';
export { auditRoutes, clientExportRoutes } from './audit.routes.js';
