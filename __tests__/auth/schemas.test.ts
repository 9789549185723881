import {
  formBody,
  newDatasetBody,
  newUserBody,
  parseStrict,
  signInBody,
  signOutBody,
  userPatchBody,
} from '@/lib/auth/schemas';
import { hasRole, ROLES } from '@/lib/auth/roles';

describe('the action schemas', () => {
  test('every body refuses unknown fields, naming each', () => {
    const bodies: [Parameters<typeof parseStrict>[0], object][] = [
      [signInBody, { email: 'a@b.org', password: 'x' }],
      [newUserBody, { email: 'a@b.org', role: 'coder', password: 'long enough pw' }],
      [userPatchBody, { role: 'coder' }],
      [newDatasetBody, { id: 'talks', title: 'Talks' }],
      [signOutBody, {}],
    ];
    for (const [schema, body] of bodies) {
      expect(parseStrict(schema, body)).toMatchObject({ ok: true });
      expect(parseStrict(schema, { ...body, isAdmin: true, 'x.y': 1 })).toEqual({
        ok: false,
        problems: [
          { path: 'isAdmin', message: 'unknown field "isAdmin"' },
          { path: 'x.y', message: 'unknown field "x.y"' },
        ],
      });
    }
  });

  test('a body that is not an object is refused as a whole', () => {
    for (const body of [null, [], 'text', 3])
      expect(parseStrict(signOutBody, body)).toEqual({
        ok: false,
        problems: [{ path: '', message: 'must be a JSON object' }],
      });
  });

  test('a new user: email normalised and checked, role one of four, password at least 12', () => {
    expect(
      parseStrict(newUserBody, {
        email: ' Ana@Example.ORG ',
        role: 'viewer',
        password: 'twelve chars',
      }),
    ).toEqual({
      ok: true,
      value: { email: 'ana@example.org', role: 'viewer', password: 'twelve chars' },
    });
    expect(
      parseStrict(newUserBody, { email: 'not an email', role: 'owner', password: 'short' }),
    ).toEqual({
      ok: false,
      problems: [
        { path: 'email', message: 'must be an email address, like name@example.org' },
        { path: 'role', message: 'must be one of viewer, coder, reviewer, admin' },
        { path: 'password', message: 'must be at least 12 characters long (this one has 5)' },
      ],
    });
  });

  test('a user change says what to change; sign-in’s next is a path on this site only', () => {
    expect(parseStrict(userPatchBody, {})).toMatchObject({ ok: false, problems: [{ path: '' }] });
    expect(parseStrict(userPatchBody, { disabled: 'yes' })).toMatchObject({
      ok: false,
      problems: [{ path: 'disabled' }],
    });
    for (const next of ['//evil.example', '/\\evil.example', 'https://evil.example', 'relative'])
      expect(parseStrict(signInBody, { email: 'a', password: 'b', next })).toMatchObject({
        ok: false,
        problems: [{ path: 'next' }],
      });
    expect(
      parseStrict(signInBody, { email: 'a', password: 'b', next: '/workspace/users?x=1' }),
    ).toMatchObject({ ok: true });
  });

  test('a new dataset needs a dataset id (not a reserved one) and a title; the reason is optional', () => {
    expect(parseStrict(newDatasetBody, { id: 'Bad Id', title: '' })).toMatchObject({
      ok: false,
      problems: [{ path: 'id' }, { path: 'title', message: 'is required' }],
    });
    expect(parseStrict(newDatasetBody, { id: 'api', title: 'x' })).toMatchObject({
      ok: false,
      problems: [{ path: 'id' }],
    });
  });
});

describe('formBody', () => {
  test('fields once each, booleans read from true/false/on', () => {
    const form = new FormData();
    form.set('role', 'coder');
    form.set('disabled', 'true');
    expect(formBody(form, ['disabled'])).toEqual({
      ok: true,
      value: { role: 'coder', disabled: true },
    });
    form.append('role', 'admin');
    expect(formBody(form)).toEqual({
      ok: false,
      problems: [{ path: 'role', message: 'is sent more than once' }],
    });
    const file = new FormData();
    file.set('password', new Blob(['x']), 'x.txt');
    expect(formBody(file)).toMatchObject({ ok: false, problems: [{ path: 'password' }] });
  });
});

describe('hasRole', () => {
  test('each role includes the ones below it', () => {
    expect(ROLES.filter((r) => hasRole(r, 'coder'))).toEqual(['coder', 'reviewer', 'admin']);
    expect(hasRole('viewer', 'viewer')).toBe(true);
    expect(hasRole('reviewer', 'admin')).toBe(false);
  });
});
