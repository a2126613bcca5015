/**
 * Drafting a profile from a file as it is: its header and first rows, read as an import would
 * read them (title rows, encoding, delimiter, .xlsx cells), then guessed column by column.
 */
import { basename } from 'node:path';
import { draftProfileWithReasons, type ProfileDraft } from './profiles/index.js';
import { openSourceFile } from './read/index.js';

/** How many data rows the value guesses look at. */
const sampleSize = 200;

export async function draftProfileFromFile(
  path: string,
  name: string,
  fileName = basename(path),
): Promise<ProfileDraft & { format: 'csv' | 'xlsx'; sampleRows: number }> {
  const file = await openSourceFile(path, { fileName });
  const sample: string[][] = [];
  try {
    for await (const batch of file.batches) {
      for (const row of batch) if (sample.length < sampleSize) sample.push(row.cells);
      if (sample.length >= sampleSize) break;
    }
  } finally {
    await file.close();
  }
  const draft = draftProfileWithReasons(file.header, sample, name);
  // What was read is kept in the profile, so the import reads the file the same way.
  if (file.delimiter !== null) draft.profile.delimiter = file.delimiter;
  draft.profile.encoding = file.encoding;
  return { ...draft, format: file.format, sampleRows: sample.length };
}
