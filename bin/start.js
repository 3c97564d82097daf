#!/usr/bin/env node
// `npm start`: see scripts/start.ts.
import { register } from 'tsx/esm/api';

register();
await import('../scripts/start.ts');
