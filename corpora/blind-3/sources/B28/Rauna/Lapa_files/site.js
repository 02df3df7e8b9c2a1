document.documentElement.className="js";
