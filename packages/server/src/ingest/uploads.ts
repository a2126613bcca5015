/**
 * Receiving a file from the web app: the multipart body is streamed straight to a temporary file
 * (never held in memory, whatever its size), and a file over the limit is refused with
 * `ingest.file_too_large` — before a byte is read when the request says its length, otherwise as
 * soon as the limit is passed.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { TepatError } from '@tepat/domain';
import { bytesText } from './read/index.js';

export interface UploadedFile {
  path: string;
  /** The name the browser gave, without any folder part. */
  fileName: string;
  size: number;
  remove(): Promise<void>;
}

export interface UploadLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Folder for the temporary files. */
  dir: string;
}

/** Multipart framing around the file: the part headers and boundaries are a few hundred bytes. */
const framingAllowance = 64 * 1024;

export async function receiveUpload(
  req: FastifyRequest,
  limits: UploadLimits,
): Promise<UploadedFile> {
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  const tooLarge = (size: string, file?: string) =>
    new TepatError('ingest.file_too_large', {
      ...(file === undefined ? {} : { file }),
      size,
      limit: bytesText(limits.maxBytes),
    });
  // Told before the upload is read, so a browser does not send gigabytes in vain.
  if (declared > limits.maxBytes + framingAllowance) throw tooLarge(bytesText(declared));
  if (!req.isMultipart()) throw new TepatError('upload.missing_file');
  const part = await req.file({ limits: { fileSize: limits.maxBytes, files: 1 } });
  if (!part) throw new TepatError('upload.missing_file');
  const fileName = basename(part.filename.replace(/\\/g, '/')) || 'upload';
  await mkdir(limits.dir, { recursive: true });
  const path = join(limits.dir, `${randomUUID()}-${fileName.replace(/[^\w.-]/g, '_').slice(-80)}`);
  const remove = () => rm(path, { force: true });
  try {
    await pipeline(part.file, createWriteStream(path));
  } catch (e) {
    await remove();
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw tooLarge(`> ${bytesText(limits.maxBytes)}`, fileName);
    throw e;
  }
  if (part.file.truncated) {
    await remove();
    throw tooLarge(`> ${bytesText(limits.maxBytes)}`, fileName);
  }
  const { size } = await stat(path);
  return { path, fileName, size, remove };
}
