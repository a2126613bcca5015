// The public API of ingest profiles; other parts of ingest import only from here.
export {
  builtinProfile,
  builtinProfileNames,
  builtinProfiles,
  isBuiltinProfileName,
  type BuiltinProfileName,
} from './builtin.js';
export { headerKey } from '../header-key.js';
export {
  checkProfileFits,
  matchHeader,
  type HeaderMatch,
  type MatchedColumn,
} from './match-header.js';
export { listProfiles, loadProfile, parseProfile, type ProfileSummary } from './profile-store.js';
export {
  draftProfile,
  draftProfileWithReasons,
  type DraftColumn,
  type ProfileDraft,
} from './draft-profile.js';
