/** Questions as links to their answers' pages. */
export function QuestionList({
  questions,
}: {
  questions: readonly { slug: string; url: string; question: string }[];
}) {
  return (
    <ul className="mt-4 space-y-3">
      {questions.map((faq) => (
        <li key={faq.slug} className="faq-item text-lg">
          <a href={faq.url}>{faq.question}</a>
        </li>
      ))}
    </ul>
  );
}
