import { createBrowserRouter } from 'react-router';
import { LoginPage, PasswordPage, UsersPage } from '../access/index.js';
import {
  BatchesPage,
  BatchPage,
  ImportPage,
  ProfileEditorPage,
  ProfilesPage,
} from '../ingest/index.js';
import { ReviewPairPage, ReviewQueuePage } from '../matching/index.js';
import { AuditPage } from '../audit/index.js';
import { RegionBrowserPage } from '../regions/index.js';
import { NotFoundPage } from './not-found-page.js';
import { Shell } from './shell.js';

// The registry, extract and rules pages load on first visit: the first bundle stays within its size budget.
const registry = () => import('../registry/index.js');
const extracts = () => import('../extracts/index.js');
const rules = () => import('../rules/index.js');

export const router = createBrowserRouter([
  { path: '/masuk', element: <LoginPage /> },
  {
    element: <Shell />,
    children: [
      { index: true, element: <RegionBrowserPage /> },
      { path: 'wilayah/:code', element: <RegionBrowserPage /> },
      { path: 'impor', element: <ImportPage /> },
      { path: 'batch', element: <BatchesPage /> },
      { path: 'batch/:id', element: <BatchPage /> },
      { path: 'profil', element: <ProfilesPage /> },
      { path: 'profil/baru', element: <ProfileEditorPage /> },
      { path: 'profil/:name', element: <ProfileEditorPage /> },
      { path: 'tinjauan', element: <ReviewQueuePage /> },
      { path: 'tinjauan/:id', element: <ReviewPairPage /> },
      { path: 'cari', lazy: async () => ({ Component: (await registry()).SearchPage }) },
      { path: 'orang/:id', lazy: async () => ({ Component: (await registry()).PersonPage }) },
      { path: 'keluarga/:id', lazy: async () => ({ Component: (await registry()).FamilyPage }) },
      { path: 'dasbor', lazy: async () => ({ Component: (await registry()).DashboardPage }) },
      { path: 'dasbor/:code', lazy: async () => ({ Component: (await registry()).DashboardPage }) },
      { path: 'audit', element: <AuditPage /> },
      { path: 'ekstrak', lazy: async () => ({ Component: (await extracts()).ExtractsPage }) },
      {
        path: 'data-mitra',
        lazy: async () => ({ Component: (await extracts()).PartnerExtractsPage }),
      },
      { path: 'aturan', lazy: async () => ({ Component: (await rules()).RulesPage }) },
      { path: 'kata-sandi', element: <PasswordPage /> },
      { path: 'pengguna', element: <UsersPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
