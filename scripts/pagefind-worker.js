// The start of the search worker: the build writes Pagefind's own worker after it, in the same file (one
// request). It changes one thing. Pagefind leaves out an index file it could not fetch and answers with what
// it found without it, saying so only in the console; here a request that was being answered when a file
// failed gets an error instead, so the search page says the search failed and offers a retry (which fetches
// the file again). In a block: nothing here can clash with Pagefind's names.
{
  const inFlight = new Set();
  const failed = new Set();

  // Registered before Pagefind's own listener: a request is in flight from the moment it arrives.
  self.addEventListener("message", (event) => {
    if (event.data && event.data.id !== undefined) inFlight.add(event.data.id);
  });

  const fetchFile = self.fetch.bind(self);
  self.fetch = async (...args) => {
    try {
      const response = await fetchFile(...args);
      if (!response.ok) throw new Error(`${response.status} ${response.url}`);
      return response;
    } catch (error) {
      for (const id of inFlight) failed.add(id);
      throw error;
    }
  };

  const answer = self.postMessage.bind(self);
  self.postMessage = (message, ...rest) => {
    const id = message ? message.id : undefined;
    if (id !== undefined) {
      inFlight.delete(id);
      if (failed.delete(id)) {
        answer({ id, error: "A file of the search index could not be loaded." }, ...rest);
        return;
      }
    }
    answer(message, ...rest);
  };
}
