/**
 * How the command line speaks: problems from the catalogue in Bahasa Indonesia (or English with
 * `--lang en` / TEPAT_LANG=en), to stderr, with what to do; unexpected errors without their
 * values, which may be personal data. Exit codes: 1 = a problem the person can fix, 3 = a fault.
 */
import pc from 'picocolors';
import { isTepatError, problemHint, problemMessage, type Lang, type Problem } from '@tepat/domain';

let lang: Lang = process.env.TEPAT_LANG === 'en' ? 'en' : 'id';

export function setLang(l: string | undefined): void {
  if (l === 'en' || l === 'id') lang = l;
}

export function currentLang(): Lang {
  return lang;
}

/** Picks the text in the current language. */
export function say(id: string, en: string): string {
  return lang === 'id' ? id : en;
}

export function info(message: string): void {
  process.stderr.write(`${pc.dim(message)}\n`);
}

/** Prints a problem with what to do; to stderr when it is the command's failure. */
export function printProblem(
  p: Problem,
  out: NodeJS.WritableStream = process.stderr,
  indent = '',
): void {
  const label = p.severity === 'error' ? say('Galat', 'Error') : say('Peringatan', 'Warning');
  const color = p.severity === 'error' ? pc.red : pc.yellow;
  out.write(`${indent}${color(`${label} [${p.code}]`)} ${problemMessage(p, lang)}\n`);
  const hint = problemHint(p, lang);
  if (hint) out.write(`${indent}  ${pc.yellow('→')} ${hint}\n`);
}

/** Reports an error and returns the exit code to use. */
export function reportError(e: unknown): number {
  if (isTepatError(e)) {
    printProblem(e.problem);
    return 1;
  }
  const name = e instanceof Error ? e.name : typeof e;
  process.stderr.write(
    `${pc.red(say('Kesalahan tak terduga', 'Unexpected error'))} (${name}). ` +
      say(
        'Jalankan lagi dengan TEPAT_DEBUG=1 untuk rinciannya.',
        'Run again with TEPAT_DEBUG=1 for details.',
      ) +
      '\n',
  );
  // Details only on request: a stack or driver message may quote a value from the data.
  if (process.env.TEPAT_DEBUG === '1') console.error(e);
  return 3;
}
