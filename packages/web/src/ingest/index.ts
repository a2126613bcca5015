export { BatchPage } from './batch-page.js';
export { BatchesPage } from './batches-page.js';
export { ImportPage } from './import-page.js';
export { ProfileEditorPage } from './profile-editor-page.js';
export { ProfilesPage } from './profiles-page.js';
