/** The four built-in source layouts by source name. */
import type { SourceName } from './observed.js';
import type { SourceLayout } from './layout.js';
import * as dtks from './dtks.js';
import * as dtsen from './dtsen.js';
import * as p3ke from './p3ke.js';
import * as regsosek from './regsosek.js';

export const layouts: Record<SourceName, SourceLayout> = { dtks, regsosek, p3ke, dtsen };
