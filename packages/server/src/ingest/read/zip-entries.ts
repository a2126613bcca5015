/**
 * Just enough of the ZIP format to stream parts out of an .xlsx: the central directory at the end
 * of the file says where each part starts, so the shared strings can be read before the worksheet
 * whatever order Excel stored them in, without unpacking the workbook to disk or memory.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { ReadFailure } from './read-failure.js';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

const unreadable = (reason: string) => new ReadFailure('xlsx_unreadable', reason);

async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buf, 0, length, position);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function readZipDirectory(path: string, size: number): Promise<Map<string, ZipEntry>> {
  const tailStart = Math.max(0, size - 65_557);
  const tail = await readAt(path, tailStart, size - tailStart);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0 && eocd < 0; i--)
    if (tail.readUInt32LE(i) === 0x06054b50) eocd = i;
  if (eocd < 0) throw unreadable('the zip directory is missing');
  let count = tail.readUInt16LE(eocd + 10);
  let dirSize = tail.readUInt32LE(eocd + 12);
  let dirOffset = tail.readUInt32LE(eocd + 16);
  if (dirOffset === 0xffffffff && eocd >= 20 && tail.readUInt32LE(eocd - 20) === 0x07064b50) {
    const z64 = await readAt(path, Number(tail.readBigUInt64LE(eocd - 12)), 56);
    count = Number(z64.readBigUInt64LE(32));
    dirSize = Number(z64.readBigUInt64LE(40));
    dirOffset = Number(z64.readBigUInt64LE(48));
  }
  if (dirOffset + dirSize > size) throw unreadable('the zip directory is damaged');
  const dir = await readAt(path, dirOffset, dirSize);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== 0x02014b50)
      throw unreadable('the zip directory is damaged');
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const name = dir.toString('utf8', p + 46, p + 46 + nameLength);
    const entry: ZipEntry = {
      name,
      flags: dir.readUInt16LE(p + 8),
      method: dir.readUInt16LE(p + 10),
      compressedSize: dir.readUInt32LE(p + 20),
      localOffset: dir.readUInt32LE(p + 42),
    };
    zip64Sizes(
      entry,
      dir.readUInt32LE(p + 24),
      dir.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength),
    );
    entries.set(name, entry);
    p += 46 + nameLength + extraLength + dir.readUInt16LE(p + 32);
  }
  return entries;
}

/** Sizes and offsets past 4 GiB live in the zip64 extra field, in this order when present. */
function zip64Sizes(entry: ZipEntry, uncompressed: number, extra: Buffer): void {
  for (let q = 0; q + 4 <= extra.length; q += 4 + extra.readUInt16LE(q + 2)) {
    if (extra.readUInt16LE(q) !== 0x0001) continue;
    let v = q + 4;
    if (uncompressed === 0xffffffff) v += 8;
    if (entry.compressedSize === 0xffffffff)
      [entry.compressedSize, v] = [Number(extra.readBigUInt64LE(v)), v + 8];
    if (entry.localOffset === 0xffffffff) entry.localOffset = Number(extra.readBigUInt64LE(v));
  }
}

/** The part's content, inflated as it streams; `raw.bytesRead` tells the progress in the file. */
export async function openEntry(
  path: string,
  entry: ZipEntry,
): Promise<{ content: Readable; raw: { bytesRead: number }; start: number }> {
  if ((entry.flags & 1) !== 0) throw unreadable('encrypted');
  const local = await readAt(path, entry.localOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50)
    throw unreadable(`part ${entry.name} is damaged`);
  const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (entry.compressedSize === 0)
    return { content: Readable.from([]), raw: { bytesRead: 0 }, start };
  const raw = createReadStream(path, {
    start,
    end: start + entry.compressedSize - 1,
    highWaterMark: 1 << 20,
  });
  if (entry.method === 0) return { content: raw, raw, start };
  if (entry.method !== 8) throw unreadable(`compression method ${entry.method}`);
  const inflate = createInflateRaw();
  raw.on('error', (e) => inflate.destroy(e));
  return { content: raw.pipe(inflate), raw, start };
}

export async function entryText(path: string, entry: ZipEntry | undefined): Promise<string> {
  if (entry === undefined) return '';
  const { content } = await openEntry(path, entry);
  const parts: Buffer[] = [];
  for await (const chunk of content) parts.push(chunk as Buffer);
  return Buffer.concat(parts).toString('utf8');
}
