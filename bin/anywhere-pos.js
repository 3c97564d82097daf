#!/usr/bin/env node
// The `anywhere-pos` CLI (also `npm run pos -- …`). See sync-server/cli.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../sync-server/cli.ts');
process.exitCode = await main(process.argv);
