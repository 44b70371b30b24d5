import { useQuery } from '@tanstack/react-query';
import { documentsQuery } from '../data/queries.ts';
import { useView } from '../state/useView.ts';
import { ViewNotices } from '../ui/ViewNotices.tsx';
import { DocumentList } from '../ui/DocumentList.tsx';
import { DocumentView } from '../ui/DocumentView.tsx';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';

export function App() {
  const { view, notices, update } = useView();
  const documents = useQuery(documentsQuery());
  const selectedId = view.doc ?? documents.data?.[0]?.id;

  let main;
  if (selectedId) main = <DocumentView id={selectedId} />;
  else if (documents.isPending) main = <LoadingState />;
  else if (documents.isError) main = <ErrorState message={documents.error.message} />;
  else main = <p className="state">No documents in graph-data/documents yet.</p>;

  return (
    <div className="app">
      <header className="app-header">
        <h1>claimgraph</h1>
        <span className="app-tagline">who said what about whom</span>
      </header>
      <aside className="app-sidebar">
        <h2 className="sidebar-title">Documents</h2>
        <DocumentList
          selectedId={selectedId}
          onSelect={(doc) => update({ doc, sel: undefined, focus: undefined, path: undefined })}
        />
      </aside>
      <main className="app-main">
        <ViewNotices notices={notices} />
        {main}
      </main>
    </div>
  );
}
