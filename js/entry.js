// The libraries the view uses, as one global for the page's own script (newsgraph/templates/view.html).
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import Sigma from "sigma";

window.newsgraphLibs = { Graph, Sigma, forceAtlas2, noverlap };
