// npm run user -- add <email> --role <role> | list | role <email> <role>
//               | disable <email> | enable <email> | remove <email> | password <email>
// Workspace users (docs/workspace-access.md). A password is asked for on a terminal (twice, not
// shown) or read from standard input when it is piped: `printf '%s\n' "$PW" | npm run user -- add ...`.
// Passwords are never printed or logged.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { passwordProblem } from '@/lib/auth/password';
import { ROLES, isRole, type Role } from '@/lib/auth/roles';
import {
  changeUser,
  createUser,
  listUsers,
  openWorkspaceDb,
  removeUser,
  setPassword,
  workspaceConfig,
  WorkspaceLockedError,
  type UserResult,
  type WorkspaceDb,
} from '@/lib/data/workspace';
import { fail } from './cli';

const USAGE = `usage: npm run user -- <command>
  add <email> --role <role>   add a user; the password is asked for (or read from standard input)
  list                        every user: email, role, disabled, created
  role <email> <role>         change a user's role (${ROLES.join(', ')})
  disable <email>             stop a user signing in and end their sessions
  enable <email>              let a disabled user sign in again
  remove <email>              delete a user (the audit log keeps their email)
  password <email>            set a new password (asked for, or read from standard input)`;

const ARGUMENTS: Record<string, number> = {
  add: 1,
  list: 0,
  role: 2,
  disable: 1,
  enable: 1,
  remove: 1,
  password: 1,
};

/** Reads one line from a terminal without showing it. */
function readHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const input = process.stdin;
    process.stderr.write(prompt);
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    let text = '';
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          input.setRawMode(false);
          input.pause();
          input.off('data', onData);
          process.stderr.write('\n');
          resolve(text);
          return;
        }
        if (ch === '\u0003') {
          input.setRawMode(false);
          process.stderr.write('\n');
          process.exit(130);
        }
        if (ch === '\u007f' || ch === '\b') text = [...text].slice(0, -1).join('');
        else if (ch >= ' ') text += ch;
      }
    };
    input.on('data', onData);
  });
}

/** Reads standard input to its end: the password is its first line (without the line ending). */
async function readPiped(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text.split(/\r?\n/)[0] ?? '';
}

/** The password: asked for twice on a terminal, else read from standard input; checked before the database opens. */
async function readPassword(): Promise<string> {
  let password: string;
  if (process.stdin.isTTY) {
    password = await readHidden('Password (at least 12 characters): ');
    const again = await readHidden('Same password again: ');
    if (again !== password) fail('the two passwords differ; nothing was changed');
  } else {
    password = await readPiped();
    if (password === '')
      fail('no password on standard input (pipe one line, or run this in a terminal)');
  }
  const problem = passwordProblem(password);
  if (problem) fail(`the password ${problem}; nothing was changed`);
  return password;
}

function said(result: UserResult, done: (r: Extract<UserResult, { ok: true }>) => string): string {
  if (result.ok) return done(result);
  const problem = result.problems[0];
  // "email must be …" names its field; "x is the only active admin" needs no prefix.
  const named = problem?.path && problem.message.startsWith('must');
  throw new Stop(named ? `${problem.path} ${problem.message}` : (problem?.message ?? 'refused'));
}

/** A plain refusal: main closes the workspace, prints it and exits with status 1. */
class Stop extends Error {}

async function run(
  ws: WorkspaceDb,
  command: string,
  args: string[],
  role: Role | undefined,
  password: string | undefined,
) {
  const actor = { name: `cli (${os.userInfo().username})` };
  const [email = '', second] = args;
  switch (command) {
    case 'add':
      return said(
        await createUser(ws.db, { email, role: role!, password: password! }, actor),
        (r) => `added ${r.user.email} as ${r.user.role} (user ${r.user.id})`,
      );
    case 'list': {
      const users = await listUsers(ws.db);
      if (!users.length)
        return 'no users yet: add the first admin with npm run user -- add <email> --role admin';
      return users
        .map(
          (u) =>
            `${u.email}  ${u.role}${u.disabled ? '  disabled' : ''}  added ${u.createdAt.slice(0, 10)} by ${u.createdBy}`,
        )
        .join('\n');
    }
    case 'role':
      return said(
        await changeUser(ws.db, email, { role: second as Role }, actor),
        (r) => `${r.user.email} is now ${r.user.role}`,
      );
    case 'disable':
    case 'enable':
      return said(
        await changeUser(ws.db, email, { disabled: command === 'disable' }, actor),
        (r) =>
          `${r.user.email} is ${r.user.disabled ? 'disabled (their sessions have ended)' : 'enabled'}`,
      );
    case 'remove':
      return said(await removeUser(ws.db, email, actor), (r) => `removed ${r.user.email}`);
    case 'password':
      return said(
        await setPassword(ws.db, email, password!, actor),
        (r) => `set a new password for ${r.user.email} (their sessions have ended)`,
      );
  }
  throw new Stop(USAGE);
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { role: { type: 'string' } },
  });
  const [command, ...args] = positionals;
  if (!command || ARGUMENTS[command] !== args.length) fail(USAGE);
  if (values.role !== undefined && command !== 'add')
    fail(`--role is for add; use: npm run user -- role <email> <role>`);
  const role = command === 'add' ? values.role : command === 'role' ? args[1] : undefined;
  if ((command === 'add' || command === 'role') && !isRole(role))
    fail(
      `${command === 'add' ? '--role' : 'the role'} must be one of ${ROLES.join(', ')}\n${USAGE}`,
    );
  const password = command === 'add' || command === 'password' ? await readPassword() : undefined;
  let ws: WorkspaceDb;
  try {
    ws = await openWorkspaceDb(workspaceConfig());
  } catch (error) {
    if (error instanceof WorkspaceLockedError) fail(error.message);
    fail(`cannot open the workspace: ${error instanceof Error ? error.message : String(error)}`);
  }
  let refusal: string | undefined;
  try {
    console.log(await run(ws, command, args, role as Role | undefined, password));
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    refusal = error.message;
  } finally {
    await ws.close();
  }
  if (refusal) fail(refusal);
}

void main();
