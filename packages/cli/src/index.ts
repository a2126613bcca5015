/**
 * `tepat`: the command line door into Tepat. Commands parse their input and call the same
 * service functions as the HTTP API.
 */
import { Command, CommanderError } from 'commander';
import { TEPAT_VERSION } from '@tepat/server';
import { registerAudit } from './commands/audit.js';
import { registerDb } from './commands/db.js';
import { registerExtracts } from './commands/extracts.js';
import { registerIngest } from './commands/ingest.js';
import { registerLinkFiles } from './commands/link-files.js';
import { registerMatching } from './commands/matching.js';
import { registerNumbers } from './commands/numbers.js';
import { registerProfiles } from './commands/profiles.js';
import { registerRegions } from './commands/regions.js';
import { registerRegistry } from './commands/registry.js';
import { registerServe } from './commands/serve.js';
import { registerSynth } from './commands/synth.js';
import { registerUsers } from './commands/users.js';
import { reportError, setLang } from './output.js';
import type { GlobalOptions } from './runtime.js';

/** Runs the command line; resolves the process exit code. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command('tepat')
    .description('Tepat — satu data kemiskinan, tepat sasaran. One poverty data set for a TKPK.')
    .version(TEPAT_VERSION)
    .option(
      '--data-dir <dir>',
      'data folder of the embedded PostgreSQL (default: $TEPAT_DATA_DIR or ./.tepat); ignored with DATABASE_URL',
    )
    .option('--lang <lang>', 'language of messages: id (default) or en')
    .exitOverride()
    .hook('preAction', (cmd) => setLang(cmd.opts<GlobalOptions>().lang));
  const globals = () => program.opts<GlobalOptions>();

  registerServe(program, globals, setExit);
  registerDb(program, globals);
  registerRegions(program, globals, setExit);
  registerNumbers(program, globals, setExit);
  registerSynth(program);
  registerIngest(program, globals);
  registerProfiles(program, globals);
  registerLinkFiles(program);
  registerMatching(program, globals);
  registerRegistry(program, globals);
  registerUsers(program, globals);
  registerExtracts(program, globals);
  registerAudit(program, globals, setExit);

  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      exitCode = e.exitCode;
    } else {
      exitCode = reportError(e);
    }
  }
  return exitCode;
}
