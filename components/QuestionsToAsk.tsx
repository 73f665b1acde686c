import { SECTION_IDS } from '@/lib/section-ids';
import { uiText } from '@/lib/ui-text';

/** Questions a patient can take to their appointment; printed with the page. */
export function QuestionsToAsk({ questions }: { questions: readonly string[] }) {
  return (
    <section aria-labelledby={SECTION_IDS.questionsToAsk} className="my-8">
      <h2 id={SECTION_IDS.questionsToAsk} className="font-bold">
        {uiText.questionsToAsk}
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {questions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
    </section>
  );
}
