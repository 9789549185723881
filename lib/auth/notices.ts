import { MIN_PASSWORD_LENGTH } from './password';
import { waitWords } from './rateLimit';

/**
 * Why a form was refused, as a code in the address it is sent back to (`?error=`): the page
 * shows fixed words for each code beside the field it names, so a link cannot make a page say
 * anything else.
 */
export const FORM_ERRORS = {
  credentials: {
    field: 'password',
    words: 'That email and password do not match an active account.',
  },
  limited: { field: 'email', words: 'Too many failed sign-ins.' },
  setup: {
    field: '',
    words:
      'No one can sign in yet: the first admin is added on the server with npm run user -- add <email> --role admin.',
  },
  email: { field: 'email', words: 'Enter an email address, like name@example.org.' },
  'email-taken': { field: 'email', words: 'That email has an account already.' },
  password: {
    field: 'password',
    words: `Use a password of at least ${MIN_PASSWORD_LENGTH} characters.`,
  },
  role: { field: 'role', words: 'Choose one of the four roles.' },
  'last-admin': {
    field: '',
    words: 'That would leave the workspace without an active admin: make another admin first.',
  },
  'no-user': { field: '', words: 'That user no longer exists.' },
  id: {
    field: 'id',
    words:
      'Use lowercase letters a-z, digits and single hyphens, not a reserved word (api, workspace, …).',
  },
  'id-taken': {
    field: 'id',
    words: 'A dataset has that id already (in a folder or the workspace).',
  },
  title: { field: 'title', words: 'Give the dataset a title of at most 200 characters.' },
  reason: { field: 'reason', words: 'Keep the reason under 2,000 characters.' },
  invalid: { field: '', words: 'The form could not be read. Reload the page and try again.' },
} as const;

/** A code of FORM_ERRORS. */
export type FormError = keyof typeof FORM_ERRORS;

/** The code in `?error=`, or undefined when it is none of them. */
export function formErrorOf(value: string | string[] | undefined): FormError | undefined {
  const code = Array.isArray(value) ? value[0] : value;
  return code !== undefined && Object.hasOwn(FORM_ERRORS, code) ? (code as FormError) : undefined;
}

/** The words of a refusal for a page: the fixed words, and for `limited` the wait (`?retry=` seconds). */
export function formErrorWords(code: FormError, retry?: string | string[]): string {
  const words: string = FORM_ERRORS[code].words;
  if (code !== 'limited') return words;
  const seconds = Number(Array.isArray(retry) ? retry[0] : retry);
  return Number.isInteger(seconds) && seconds > 0 && seconds <= 86_400
    ? `${words} Try again in ${waitWords(seconds)}.`
    : `${words} Try again later.`;
}

/** The code for a field that failed its schema (the first problem's field). */
export function formErrorForField(path: string): FormError {
  return Object.hasOwn(FORM_ERRORS, path) ? (path as FormError) : 'invalid';
}
