/**
 * Batches as the web app shows them: the list, one batch with its counts and how many problems
 * of each kind it has, and its problems a page at a time, each in words from the catalogue.
 */
import { TepatError, type Lang, type Problem, type ProblemCode } from '@tepat/domain';
import type { Db } from '../db/index.js';
import {
  findBatchSummary,
  listBatchProblems,
  listBatchSummaries,
  problemCodeCounts,
} from './ingest.queries.js';
import { problemTextAtCell } from './problem-text.js';

type SummaryRow = Awaited<ReturnType<typeof listBatchSummaries>>[number];

function summary(b: SummaryRow) {
  return {
    id: b.id,
    sourceKind: b.source_kind,
    profileName: b.profile_name,
    fileName: b.file_name,
    fileFormat: b.file_format,
    fileSize: Number(b.file_size),
    regionCode: b.region_code,
    asOf: b.as_of,
    rows: b.row_count,
    rowsWithErrors: b.rows_with_errors,
    problems: b.problem_count,
    importedAt: b.imported_at.toISOString(),
    importedBy: b.imported_by,
  };
}

export async function listBatchesForWeb(db: Db) {
  return (await listBatchSummaries(db)).map(summary);
}

export async function getBatch(db: Db, id: number) {
  const b = await findBatchSummary(db, id);
  if (!b) throw new TepatError('batch.not_found', { value: String(id) });
  const codes = await problemCodeCounts(db, id);
  return {
    ...summary(b),
    header: b.header as string[],
    problemCodes: codes.map((c) => ({
      code: c.code,
      severity: c.severity as Problem['severity'],
      count: c.count,
    })),
  };
}

export async function getBatchProblems(
  db: Db,
  id: number,
  page: { page: number; pageSize: number; code?: string | undefined },
  lang: Lang,
) {
  if (!(await findBatchSummary(db, id))) {
    throw new TepatError('batch.not_found', { value: String(id) });
  }
  return getProblemsPage(db, id, page, lang);
}

/** A page of a batch's problems, of a batch known to exist (reads no batch row: see 0010). */
export async function getProblemsPage(
  db: Db,
  id: number,
  page: { page: number; pageSize: number; code?: string | undefined },
  lang: Lang,
) {
  const { items, total } = await listBatchProblems(db, id, {
    offset: (page.page - 1) * page.pageSize,
    limit: page.pageSize,
    code: page.code,
  });
  return {
    total,
    page: page.page,
    pageSize: page.pageSize,
    items: items.map((r) => {
      const p: Problem = {
        code: r.code as ProblemCode,
        severity: r.severity as Problem['severity'],
        data: r.data as Problem['data'],
      };
      return {
        row: r.row_number,
        column: r.column_name,
        value: r.value,
        code: r.code,
        severity: p.severity,
        ...problemTextAtCell(p, lang),
      };
    }),
  };
}
