<?php
// The lab's PHP stack: PHP's native sessions. session_start() keeps the session in a file on the
// server and gives the browser its id in PHPSESSID, with PHP's own cookie defaults.
// Run by `php -S` as the router for every request (stack.mjs).

$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);

if (isset($_COOKIE[session_name()])) {
    $url = 'http://' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI'];
    file_put_contents('php://stderr', "\nLAB_CREDENTIAL {$_SERVER['REQUEST_METHOD']} {$url}\n");
}

function send_json(int $status, array $body): void
{
    http_response_code($status);
    header('Content-Type: application/json');
    echo json_encode($body);
}

if ($path === '/' && $_SERVER['REQUEST_METHOD'] === 'GET') {
    header('Content-Type: text/html; charset=utf-8');
    echo getenv('LAB_PAGE');
} elseif ($path === '/login' && $_SERVER['REQUEST_METHOD'] === 'POST') {
    $body = json_decode(file_get_contents('php://input'), true) ?: [];
    if (($body['username'] ?? '') !== 'demo' || ($body['password'] ?? '') !== 'demo') {
        send_json(401, ['ok' => false]);
        return;
    }
    session_start();
    session_regenerate_id(true);
    $_SESSION['user'] = 'demo';
    send_json(200, ['ok' => true]);
} elseif ($path === '/api/me') {
    session_start();
    if (!isset($_SESSION['user'])) {
        send_json(401, ['user' => null]);
        return;
    }
    send_json(200, ['user' => $_SESSION['user']]);
} else {
    send_json(404, ['error' => 'not found']);
}
