"""`make demo`: seeds the article's world (四联一核 at 达拉特旗人民法院, the headline case, the floating-bridge
case) through the services' public HTTP APIs with the client generated from their OpenAPI documents (clients/)."""
