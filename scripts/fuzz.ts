// npm run fuzz [-- --url http://127.0.0.1:3000] [--random 2000] [--seed 12]
// Replays the malformed-address families against a production server on this machine and
// prints the statuses per family. Exit 1 when any answer is a 5xx, lacks the security headers
// docs/security.md promises, or has a status the family does not expect; 2 on bad arguments.
// Without --url it starts the build (`npm run build` first) on a free port and stops it after.
import path from 'node:path';
import { startServer } from './bench/server';
import { printTable } from './bench/table';
import { answerProblems, closeConnections, isLoopback, rawRequest } from './fuzz/check';
import { fuzzFamilies, randomFamily, type FuzzFamily } from './fuzz/families';
import { freePort } from './port';

const MAX_REQUESTS = 5000;
const DEADLINE_MS = 50_000;
const PARALLEL = 4;

function usage(message: string): never {
  console.error(
    `${message}\nUsage: npm run fuzz -- [--url <loopback url>] [--random N] [--seed S]`,
  );
  process.exit(2);
}

function parseArgs(argv: string[]): { url?: URL; random: number; seed: number } {
  const options: { url?: URL; random: number; seed: number } = { random: 2000, seed: 12 };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) usage(`${flag} needs a value`);
    if (flag === '--url') {
      if (!URL.canParse(value)) usage(`not a URL: ${value}`);
      options.url = new URL(value);
      if (options.url.protocol !== 'http:') usage('only http:// targets');
      if (!isLoopback(options.url)) usage(`refusing ${value}: the fuzzer only sends to loopback`);
    } else if (flag === '--random' || flag === '--seed') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) usage(`${flag} takes a whole number`);
      options[flag === '--random' ? 'random' : 'seed'] = n;
    } else usage(`unknown option ${flag}`);
  }
  return options;
}

interface FamilyResult {
  family: FuzzFamily;
  statuses: Map<number, number>;
  problems: string[];
}

/** Sends every case of every family, PARALLEL at a time, until done or the deadline passes. */
async function run(base: URL, families: FuzzFamily[]): Promise<FamilyResult[]> {
  const results: FamilyResult[] = families.map((family) => ({
    family,
    statuses: new Map(),
    problems: [],
  }));
  const queue = results.flatMap((result) => result.family.cases.map((c) => ({ result, c })));
  const deadline = Date.now() + DEADLINE_MS;
  let next = 0;
  const worker = async () => {
    while (next < queue.length && Date.now() < deadline) {
      const { result, c } = queue[next++]!;
      try {
        const answer = await rawRequest(base, c.path);
        result.statuses.set(answer.status, (result.statuses.get(answer.status) ?? 0) + 1);
        const problems = answerProblems(c, answer);
        if (problems.length > 0)
          result.problems.push(`${c.path.slice(0, 100)}: ${problems.join('; ')}`);
      } catch (err) {
        result.problems.push(`${c.path.slice(0, 100)}: ${(err as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  if (next < queue.length) {
    results[0]!.problems.push(
      `stopped at the ${DEADLINE_MS / 1000} s deadline, ${queue.length - next} not sent`,
    );
  }
  return results;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const families = [...fuzzFamilies(), randomFamily(options.random, options.seed)];
  const total = families.reduce((sum, f) => sum + f.cases.length, 0);
  if (total > MAX_REQUESTS) usage(`${total} requests is over the bound of ${MAX_REQUESTS}`);
  const server = options.url
    ? undefined
    : await startServer(path.resolve(__dirname, '../data'), await freePort());
  const base = options.url ?? new URL(server!.base);
  const started = Date.now();
  try {
    const results = await run(base, families);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    printTable(
      `npm run fuzz: ${total} requests to ${base.origin} in ${seconds} s`,
      ['family', 'requests', 'statuses', 'problems'],
      results.map((r) => [
        r.family.name,
        r.family.cases.length,
        [...r.statuses]
          .sort(([a], [b]) => a - b)
          .map(([s, n]) => `${s}×${n}`)
          .join(' '),
        r.problems.length,
      ]),
    );
    const problems = results.flatMap((r) => r.problems.map((p) => `${r.family.name}: ${p}`));
    for (const p of problems.slice(0, 30)) console.log(`  ${p}`);
    if (problems.length > 30) console.log(`  … and ${problems.length - 30} more`);
    console.log(problems.length === 0 ? '\nNo 5xx, every answer carried the headers.' : '');
    process.exitCode = problems.length === 0 ? 0 : 1;
  } finally {
    closeConnections();
    server?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
