import { Link } from '@tanstack/react-router';

export function NotFoundView({ what }: { what: 'page' | 'story' | 'entity' }) {
  return (
    <section aria-labelledby="not-found-heading" className="py-12">
      <h1 id="not-found-heading" className="text-2xl font-bold">
        {what === 'page' ? 'Page not found' : what === 'story' ? 'Story not found' : 'Not found'}
      </h1>
      <p className="mt-2">This {what} does not exist, or it is no longer available.</p>
      <Link to="/" className="btn mt-4 inline-flex">
        Back to the latest stories
      </Link>
    </section>
  );
}
