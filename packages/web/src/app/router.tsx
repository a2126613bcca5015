import { createBrowserRouter } from 'react-router';
import { RegionBrowserPage } from '../regions/index.js';
import { NotFoundPage } from './not-found-page.js';
import { Shell } from './shell.js';

export const router = createBrowserRouter([
  {
    element: <Shell />,
    children: [
      { index: true, element: <RegionBrowserPage /> },
      { path: 'wilayah/:code', element: <RegionBrowserPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
