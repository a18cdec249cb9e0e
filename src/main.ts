import { ConfigError, loadConfig } from './config.js';
import { startTandem } from './server.js';

/** Entry point: read the configuration once, start, and shut down cleanly on Ctrl-C or SIGTERM. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const started = performance.now();
  const tandem = await startTandem(config);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    [
      '',
      `Tandem is running in ${config.mode} mode (started in ${seconds} s):`,
      `  Tab            ${tandem.url}/`,
      `  REST API       ${tandem.url}/api/v1   (e.g. ${tandem.url}/api/v1/me)`,
      `  Health         ${tandem.url}/api/health`,
      ...(config.mode === 'local'
        ? [`  Demo users     ${tandem.url}/api/v1/dev/users   (act as one with the header X-Tandem-User: <id>)`, `  Data saved in  ${config.dataDir}/`]
        : []),
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    tandem.logger.info({ signal }, 'stopping');
    tandem
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        tandem.logger.error({ err: error }, 'stopping failed');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Tandem failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
