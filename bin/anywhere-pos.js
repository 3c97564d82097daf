#!/usr/bin/env node
// The `anywhere-pos` CLI (also `npm run pos -- …`). See cli/main.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv);
