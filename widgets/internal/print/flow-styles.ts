/**
 * Paper layout of the one-subject documents (the check record and the written notice), issue 18:
 * on paper everything flows as blocks. Grid containers (the documents, the decision details,
 * `dl.facts`) do not fragment reliably across a page break in Chromium — a block after the
 * break was drawn over the one before it ("其他信用记录" over a measure's 依据). Blocks with
 * margins fragment cleanly. The signature blocks stay with what they sign: the lines before
 * them are kept with them (`break-before: avoid`), and neither is split.
 */
import { css } from 'lit';

export const printFlowStyles = css`
  @media print {
    article.document:not(.paged),
    article.document:not(.paged) .details,
    article.document:not(.paged) .measures,
    article.document:not(.paged) .records,
    article.document:not(.paged) .measure,
    article.document:not(.paged) .record,
    .notice .measure,
    .notice .remedies {
      display: block;
    }
    article.document:not(.paged) > * + *,
    article.document:not(.paged) .details > * + * {
      margin-top: 3mm;
    }
    article.document:not(.paged) .measures > li + li,
    article.document:not(.paged) .records > li + li {
      margin-top: 2mm;
    }
    article.document:not(.paged) dl.facts {
      display: block;
    }
    article.document:not(.paged) dl.facts .fact {
      display: flex;
      gap: 3mm;
      break-inside: avoid;
    }
    article.document:not(.paged) dl.facts dt {
      flex: 0 0 26mm;
    }
    article.document:not(.paged) dl.facts dd {
      flex: 1 1 auto;
      min-width: 0;
    }
    /* A measure may run over a page (its basis can be long); its facts and records do not. */
    article.document .details .measure,
    article.notice .measure {
      break-inside: auto;
    }
    .record,
    .fact,
    .remedy,
    .basis li,
    .reason li {
      break-inside: avoid;
    }
    .heading,
    h2,
    .measure-name,
    .name {
      break-after: avoid;
    }
    /* The tail: digest, notes, print time and signature travel together, with the last block before them. */
    .record .digest-table,
    article.document > .digest-table,
    article.document > .note,
    article.document > .signatures,
    .sign-block {
      break-before: avoid;
      break-inside: avoid;
    }
    /* The notice's remedies and its seal and receipt lines are one unit: signed with what they sign. */
    article.notice .remedies {
      break-inside: avoid;
    }
    .sign-block .signatures + .signatures {
      margin-top: 6mm;
    }
  }
  .sign-block {
    display: block;
  }
`;
