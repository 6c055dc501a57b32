import { Text } from '@/components/shared/text';
import type { FlowStep } from '@/lib/engine/flow/build-sequences';
import { stepTime } from './flow-time';
import { selectRequest, showTab } from './panel-store';

/**
 * One numbered step of a login. A step with a request opens it in the Requests tab. Keeps
 * data-testid="flow-step" with data-step (its kind) and data-time (ms since epoch).
 */
export function FlowStepRow({ step, start }: { step: FlowStep; start: number }) {
  const body = (
    <>
      <span className="tp-flow-step__n">{step.n}</span>
      <span className="tp-flow-step__kind">
        <Text msg={{ key: `panel.flow.step.${step.kind}` }} />
      </span>
      <span className="tp-flow-step__time tp-muted tp-mono">
        <Text render={(l) => stepTime(step.time, start, l)} />
      </span>
      <span className="tp-flow-step__dir tp-muted">
        <Text msg={{ key: `panel.flow.dir.${step.direction}` }} />
      </span>
      <span className="tp-flow-step__what">
        <Text msg={step.message} />
      </span>
    </>
  );
  const { requestId } = step;
  return (
    <li
      className={`tp-flow-step tp-flow-step--${step.kind}`}
      data-testid="flow-step"
      data-step={step.kind}
      data-n={step.n}
      data-time={Math.round(step.time)}
      data-direction={step.direction}
      data-request-id={requestId ?? ''}
      data-count={step.count ?? 1}
    >
      {requestId === undefined ? (
        <div className="tp-flow-step__row">{body}</div>
      ) : (
        <button
          type="button"
          className="tp-flow-step__row tp-flow-step__open"
          onClick={() => {
            selectRequest(requestId);
            showTab('requests');
          }}
        >
          {body}
        </button>
      )}
    </li>
  );
}
