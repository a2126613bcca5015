/**
 * A row's problem as the web app shows it beside its row and column: the message without the
 * "file …, row …, column …:" prefix, since the table already says where.
 */
import { problemHint, problemMessage, type Lang, type Problem } from '@tepat/domain';

export function problemTextAtCell(
  p: Problem,
  lang: Lang,
): { message: string; hint: string | null } {
  const { file: _f, row: _r, column: _c, ...data } = p.data;
  const bare = { ...p, data };
  return { message: problemMessage(bare, lang), hint: problemHint(bare, lang) ?? null };
}
