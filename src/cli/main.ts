/** The `claimgraph` command line: validation, statistics and (later) exports, without a browser. */
import { EXIT, UsageError, type CliIo } from './io.ts';
import { exportCommand } from './export-command.ts';
import { importCommand } from './import-command.ts';
import { statsCommand } from './stats-command.ts';
import { USAGE } from './usage.ts';
import { validateCommand } from './validate-command.ts';

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  validate: validateCommand,
  stats: statsCommand,
  export: exportCommand,
  import: importCommand,
};

export async function run(argv: string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    (command === undefined ? io.err : io.out)(USAGE);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  const handler = COMMANDS[command];
  if (!handler) {
    io.err(`claimgraph: unknown command "${command}"\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await handler(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`claimgraph ${command}: ${error.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
}
