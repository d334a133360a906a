// The GraphiQL page trouwgraph serves: GraphiQL with the explorer, the journeys' example
// operations and, in demo mode, a one-click demo token. Its settings come from the page itself
// (<script type="application/json" id="trouwgraph-graphiql">), written by the gateway.
import { explorerPlugin } from "@graphiql/plugin-explorer";
import { useGraphiQL, useGraphiQLActions } from "@graphiql/react";
import { GraphiQL } from "graphiql";
import { useState } from "react";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";
import "./trouwgraph.css";

const config = JSON.parse(document.getElementById("trouwgraph-graphiql").textContent);

globalThis.MonacoEnvironment = {
  getWorker(_id, label) {
    const name = label === "json" ? "json" : label === "graphql" ? "graphql" : "editor";
    return new Worker(`${config.assets}/${name}.worker.js`);
  },
};

function fetcher(params, options) {
  return fetch(config.endpoint, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Accept: "application/graphql-response+json, application/json",
      ...(options?.headers ?? {}),
    },
    body: JSON.stringify(params),
  }).then((response) => response.json());
}

function VoorbeeldenIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" fill="none"
      stroke="currentColor" strokeWidth="1.5">
      <path d="M4 5h16M4 12h16M4 19h10" />
    </svg>
  );
}

function SleutelIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" fill="none"
      stroke="currentColor" strokeWidth="1.5">
      <circle cx="8" cy="15" r="4" />
      <path d="M11 12l8-8M16 7l3 3" />
    </svg>
  );
}

function Voorbeelden() {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  const kies = (operatie) => {
    queryEditor?.setValue(operatie.document);
    variableEditor?.setValue(operatie.variabelen ?? "");
  };
  return (
    <div className="trouwgraph-paneel">
      <div className="graphiql-doc-explorer-title">Voorbeelden</div>
      <p>{config.voorbeeldenUitleg}</p>
      {config.voorbeelden.map((groep) => (
        <section key={groep.titel}>
          <h3>{groep.titel}</h3>
          <ul>
            {groep.operaties.map((operatie) => (
              <li key={operatie.naam}>
                <button type="button" className="trouwgraph-knop"
                  data-operatie={operatie.naam} onClick={() => kies(operatie)}>
                  {operatie.naam}
                </button>
                {operatie.uitleg ? <span> {operatie.uitleg}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function DemoInlog() {
  const headerEditor = useGraphiQL((state) => state.headerEditor);
  const { updateActiveTabValues } = useGraphiQLActions();
  const [status, setStatus] = useState("");
  const haalToken = async (keuze) => {
    setStatus("Token ophalen...");
    try {
      const response = await fetch(config.demo.tokenUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(keuze.verzoek),
      });
      const body = await response.json();
      if (!response.ok) throw new Error(body.detail ?? response.statusText);
      const headers = JSON.stringify({ Authorization: `Bearer ${body.access_token}` }, null, 2);
      headerEditor?.setValue(headers);
      updateActiveTabValues({ headers });
      setStatus(`Ingelogd als ${keuze.naam}: het token staat in Headers.`);
    } catch (fout) {
      setStatus(`Geen token gekregen: ${fout.message}`);
    }
  };
  return (
    <div className="trouwgraph-paneel">
      <div className="graphiql-doc-explorer-title">Demo-inlog</div>
      <p>{config.demo.uitleg}</p>
      <ul>
        {config.demo.keuzes.map((keuze) => (
          <li key={keuze.naam}>
            <button type="button" className="trouwgraph-knop" data-rol={keuze.verzoek.rol}
              onClick={() => haalToken(keuze)}>
              {keuze.naam}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="trouwgraph-status">{status}</p>
    </div>
  );
}

const plugins = [
  { title: "Voorbeelden", icon: VoorbeeldenIcon, content: Voorbeelden },
  ...(config.demo ? [{ title: "Demo-inlog", icon: SleutelIcon, content: DemoInlog }] : []),
  explorerPlugin(),
];

function App() {
  return (
    <GraphiQL
      fetcher={fetcher}
      plugins={plugins}
      visiblePlugin={plugins[config.demo ? 1 : 0]}
      defaultQuery={config.welkom}
      defaultHeaders={config.demo ? "" : '{\n  "Authorization": "Bearer <token>"\n}'}
      defaultEditorToolsVisibility="headers"
      shouldPersistHeaders={false}
    >
      <GraphiQL.Logo>trouwgraph</GraphiQL.Logo>
    </GraphiQL>
  );
}

document.title = config.titel;
createRoot(document.getElementById("graphiql")).render(<App />);
