/** The source's address when it is a web address (http or https), else undefined: nothing else becomes a link. */
export function safeSourceUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}
