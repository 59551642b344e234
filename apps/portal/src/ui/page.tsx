import { useEffect, useRef, type ReactNode } from 'react';

let firstPageShown = false;

/**
 * A page's title and main heading. After the first page, a new page moves keyboard and screen-reader
 * focus to its heading, as a full page load would.
 */
export function Page(props: { title: string; lead?: ReactNode; children?: ReactNode; className?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${props.title} — Alliance`;
  }, [props.title]);

  useEffect(() => {
    if (firstPageShown) heading.current?.focus();
    firstPageShown = true;
  }, []);

  return (
    <div className={props.className ? `page ${props.className}` : 'page'}>
      <h1 ref={heading} tabIndex={-1}>
        {props.title}
      </h1>
      {props.lead ? <p className="page__lead">{props.lead}</p> : null}
      {props.children}
    </div>
  );
}
