/**
 * The data folder: where the embedded PostgreSQL keeps its cluster and Tepat its lock. Chosen by
 * `--data-dir`, else `TEPAT_DATA_DIR`, else `./.tepat` in the current folder.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { TepatError } from '@tepat/domain';

export function resolveDataDir(option?: string): string {
  return resolve(option ?? process.env.TEPAT_DATA_DIR ?? '.tepat');
}

/** Creates the folder if needed and proves it can be written, or says clearly why not. */
export async function ensureWritableDataDir(dir: string): Promise<void> {
  const probe = join(dir, `.write-test-${process.pid}`);
  try {
    // 0o755: the embedded PostgreSQL runs as the `postgres` user when Tepat runs as root and
    // must be able to traverse this folder to reach its own cluster folder inside.
    await mkdir(dir, { recursive: true, mode: 0o755 });
    await writeFile(probe, 'ok');
    await rm(probe, { force: true });
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new TepatError('db.data_dir_not_writable', { path: dir, reason }, { cause: e });
  }
}
