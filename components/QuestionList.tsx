import Link from 'next/link';

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
          <Link href={faq.url} prefetch={false}>
            {faq.question}
          </Link>
        </li>
      ))}
    </ul>
  );
}
