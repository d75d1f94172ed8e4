/** What a command may touch besides its arguments: output and the exit code. */
export interface CliContext {
  write(text: string): void;
  exitCode: number;
}
