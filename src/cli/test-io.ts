/** An in-memory CliIo for running commands in tests. */
import { packageDataRoot, type CliIo } from './io.ts';

export interface CapturedIo extends CliIo {
  stdout: string[];
  stderr: string[];
}

export function captureIo(overrides: Partial<CliIo> = {}): CapturedIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    cwd: process.cwd(),
    dataRoot: packageDataRoot(),
    ...overrides,
  };
}
