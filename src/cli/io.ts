/** What a CLI command writes to and where it runs: injected so tests run commands in-process. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** The folder relative paths are resolved from. */
  cwd: string;
  /** The graph-data folder that holds documents/. */
  dataRoot: string;
}

/** The repository's own graph-data folder, wherever the command is run from. */
export const packageDataRoot = (): string =>
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../graph-data');

export const processIo = (): CliIo => ({
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
  dataRoot: packageDataRoot(),
});

/** Exit codes: 0 success, 1 the input has problems, 2 the command line is wrong. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A command-line mistake: reported with the usage and exit code 2. */
export class UsageError extends Error {}
