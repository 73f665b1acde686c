/**
 * A page body rendered from Markdown by the content step. The HTML is trusted: the content
 * check refuses raw HTML in Markdown, so it holds only what Markdown itself produces.
 */
export function ArticleBody({ html }: { html: string }) {
  return (
    <div className="article-body prose max-w-none" dangerouslySetInnerHTML={{ __html: html }} />
  );
}
