#!/usr/bin/env node
// `pretest`: the suite drives real Chromium, pseudo-terminals (socat), tshark, udev and a private
// redis-server. Checks they exist; when missing and running as root, installs them with apt-get;
// otherwise prints the one command to run and fails. Never lets a test skip silently because a tool is absent.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const TOOLS = [
  { pkg: 'chromium', check: () => existsSync('/usr/bin/chromium') },
  { pkg: 'socat', check: () => onPath('socat') },
  { pkg: 'tshark', check: () => onPath('tshark') },
  { pkg: 'udev', check: () => onPath('udevadm') },
  { pkg: 'python3', check: () => onPath('python3') },
  { pkg: 'redis-server', check: () => onPath('redis-server') },
];

function onPath(binary) {
  return spawnSync('sh', ['-c', `command -v ${binary}`], { stdio: 'ignore' }).status === 0;
}

const missing = TOOLS.filter((tool) => !tool.check()).map((tool) => tool.pkg);
if (missing.length === 0) process.exit(0);

const command = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !onPath('apt-get')) {
  console.error(`pretest: missing system tools: ${missing.join(', ')}.\nInstall them with:\n  sudo sh -c '${command}'`);
  process.exit(1);
}
console.log(`pretest: installing missing system tools: ${missing.join(', ')}`);
try {
  execFileSync('sh', ['-c', `echo "wireshark-common wireshark-common/install-setuid boolean false" | debconf-set-selections; ${command}`], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
} catch {
  console.error(`pretest: installing failed. Run it yourself:\n  ${command}`);
  process.exit(1);
}
const stillMissing = TOOLS.filter((tool) => !tool.check()).map((tool) => tool.pkg);
if (stillMissing.length > 0) {
  console.error(`pretest: still missing after install: ${stillMissing.join(', ')}`);
  process.exit(1);
}
