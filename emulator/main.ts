import { parseArgs } from 'node:util';
import { oneClickScenarioNames } from './carriers.ts';
import { describeBehaviour, startProfile } from './profile.ts';
import { createEmulator, DEFAULT_CLIENT_ID } from './server.ts';
import { SEED_PASSWORD, seedUsers } from './users.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.EMULATOR_PORT ?? '8787' },
    host: { type: 'string', default: process.env.EMULATOR_HOST ?? '127.0.0.1' },
    'client-id': { type: 'string', multiple: true },
    'test-mode': { type: 'boolean', default: process.env.EMULATOR_TEST_MODE === '1' },
    quiet: { type: 'boolean', default: false },
    profile: { type: 'string' },
    switch: { type: 'string', multiple: true },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, got ${values.port}`);
  process.exit(2);
}

let profile;
try {
  profile = startProfile(process.env, { profile: values.profile, switches: values.switch ?? [] });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

const clientIds = values['client-id'] ?? [DEFAULT_CLIENT_ID];
const emulator = await createEmulator({
  profile,
  clientIds,
  testMode: values['test-mode'],
  // No SMS gateway: the codes are printed here (and kept in the test-mode outbox).
  ...(values.quiet ? {} : { onSms: (clientId, sms) => console.log(`[sms] ${clientId} → ${sms.mobile} (${sms.type}): ${sms.code}`) }),
});
const server = await emulator.listen(port, values.host);
const address = server.address();
const bound = typeof address === 'object' && address ? `${address.address}:${address.port}` : String(address);

if (!values.quiet) {
  console.log(`IDaaS emulator on http://${bound}  client id(s): ${clientIds.join(', ')}${values['test-mode'] ? '  [test mode: /__emulator/* enabled]' : ''}`);
  console.log(`Tenant profile: ${describeBehaviour(profile.name, profile.behaviour)} (switch with --profile seed|live and --switch name=value)`);
  console.log(`Seeded users (password ${SEED_PASSWORD}):`);
  for (const user of seedUsers) {
    console.log(`  ${user.userName.padEnd(10)} ${(user.mobile ?? '-').padEnd(16)} ${(user.email ?? '-').padEnd(22)} ${user.purpose}`);
  }
  console.log(`One-click carriers at POST /__carrier/{check,prefetch,token}, scenarios: ${oneClickScenarioNames.join(', ')}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
