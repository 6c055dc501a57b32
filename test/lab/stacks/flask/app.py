"""The lab's Flask stack: Flask's default session, a signed cookie (itsdangerous) that holds the
session data itself. Started by stack.mjs with Debian's /usr/bin/python3; prints LAB_PORT=<n> once
it listens and LAB_CREDENTIAL <method> <url> for every request that carries the session cookie."""
import os

from flask import Flask, jsonify, request, session
from werkzeug.serving import make_server

app = Flask(__name__)
app.secret_key = "tokki-lab-flask-secret"
app.config.update(SESSION_COOKIE_SAMESITE="Lax")


@app.before_request
def note_credential():
    if app.config["SESSION_COOKIE_NAME"] in request.cookies:
        print(f"LAB_CREDENTIAL {request.method} {request.url}", flush=True)


@app.get("/")
def page():
    return os.environ["LAB_PAGE"], 200, {"content-type": "text/html; charset=utf-8"}


@app.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    if body.get("username") != "demo" or body.get("password") != "demo":
        return jsonify(ok=False), 401
    session["user"] = "demo"
    session["role"] = "reader"
    return jsonify(ok=True)


@app.get("/api/me")
def me():
    if "user" not in session:
        return jsonify(user=None), 401
    return jsonify(user=session["user"])


if __name__ == "__main__":
    server = make_server("127.0.0.1", 0, app, threaded=True)
    print(f"LAB_PORT={server.port}", flush=True)
    server.serve_forever()
