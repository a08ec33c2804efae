import type { CliCommand } from './command.ts';

/** Placeholder until batch scoring with a model bundle lands (the Models issue). */
export const command: CliCommand = async () => {
  console.error('murmur: the "score" command is not available yet.');
  return 2;
};
